/**
 * How a committed write reaches the caches. {@link bg.integra.change.ChangeListener}, the default entity listener
 * of the persistence unit, turns every written entity into a {@link bg.integra.change.Change} naming what the
 * portal and the API show of it ({@link bg.integra.change.Changes#of}, the one place that knows), and once the
 * transaction has committed fires one {@link bg.integra.change.DataChanged} CDI event; the caches observe it and
 * drop the entries that depend on a touched tag ({@link bg.integra.change.Tags}).
 */
package bg.integra.change;
