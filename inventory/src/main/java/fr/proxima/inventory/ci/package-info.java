/**
 * Configuration items: the equipment of the communes and the Métropole (workstations, screens, printers and
 * copiers, phones, network devices, servers), their type-specific attributes, history, relations, installed
 * software and the tickets naming them. A rich feature, split as the tickets are: {@code model} (framework-free
 * rules), {@code application} (use cases: {@code CiCommands}, {@code CiDiscovery} for inventory agents),
 * {@code infrastructure} (rows, package-private repositories, {@code CiStore} for writes and {@code CiReader}, the
 * only scoped query layer) and {@code web}. See {@code docs/inventory.md}.
 */
package fr.proxima.inventory.ci;
