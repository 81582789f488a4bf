package fr.proxima.inventory.stock.model;

/** How a centre holds an article: counted, or one CI per unit. */
public enum ArticleKind {
    /** Counted consumables and small equipment (toner, cables, mice): a quantity per centre. */
    CONSUMABLE,
    /** Equipment with a serial number (laptops, screens, phones): each unit is a CI in stock at a centre. */
    SERIALIZED
}
