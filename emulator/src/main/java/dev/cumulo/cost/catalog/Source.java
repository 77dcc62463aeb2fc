package dev.cumulo.cost.catalog;

import java.time.LocalDate;

/**
 * Where a price was read, and when.
 *
 * @param url the page (or, for overrides, the file) the figure comes from
 * @param readOn the day it was read
 * @param status whether it could be verified there
 * @param note what the page says, or why it could not be checked
 */
public record Source(String url, LocalDate readOn, SourceStatus status, String note) {}
