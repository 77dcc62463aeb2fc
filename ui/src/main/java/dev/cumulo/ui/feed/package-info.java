/**
 * The bridge from the emulator to the UI thread. {@link dev.cumulo.ui.feed.EmulatorFeed} is the only class that takes
 * changes (recorder events, object and queue changes) from emulator threads; it queues them without locks and
 * delivers coalesced batches on the executor it is given (in the app, the FX thread paced to about one batch per
 * frame; in tests, the calling thread or a manual queue). Nothing in the emulator ever calls into JavaFX.
 */
package dev.cumulo.ui.feed;
