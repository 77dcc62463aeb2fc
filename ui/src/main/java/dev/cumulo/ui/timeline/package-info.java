/**
 * The timeline, the centre of the app: {@code TimelineData} keeps lanes (one per instance, reused after an instance
 * dies) and bars without payloads, {@code TimelineViewModel} holds the window of time, filters and the selection with
 * its chain of causes, {@code TimelineRenderer} draws only what is visible on a canvas ({@code LanePainter} a lane's
 * contents, {@code LaneColumns} its narrow bars reduced to pixel columns, kept while the view pans), {@code
 * TimelineCanvas} turns mouse and keys into commands and redraws on the animation pulse when something changed. UI
 * thread only.
 */
package dev.cumulo.ui.timeline;
