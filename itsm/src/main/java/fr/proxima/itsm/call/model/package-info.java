/**
 * The call and its rules, free of any framework: {@link fr.proxima.itsm.call.model.Call#log} checks a new call
 * (caller, duration, outcome and what the outcome requires), time is passed in. Violations are
 * {@link fr.proxima.itsm.call.model.CallRuleException}s carrying stable codes.
 */
package fr.proxima.itsm.call.model;
