/**
 * Prices as data. Each catalogue (one provider, one region) is a JSON file shipped under
 * {@code dev/cumulo/cost/}: meters with tiered unit prices, free-tier allowances, billing rules (rounding, chunk
 * sizes), and for every entry the page it was read on, the date, and whether it could be verified there.
 *
 * <p>{@link dev.cumulo.cost.catalog.Catalogs} loads the shipped catalogues; {@link
 * dev.cumulo.cost.catalog.PriceOverrides} merges a project's {@code cumulo-prices.json} (partial prices, a discount)
 * over one. A file that cannot be used fails with a {@link dev.cumulo.cost.catalog.CatalogException} naming the file,
 * the line when the JSON itself is broken, and the entry at fault. Catalogues are immutable and thread-safe.
 */
package dev.cumulo.cost.catalog;
