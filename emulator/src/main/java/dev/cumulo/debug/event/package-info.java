/**
 * Event breakpoints: the function service's event gate, which holds matching events before delivery, holds events a
 * function failed on, and delivers (edited), steps past or drops them. Matching runs on the sender's thread; the gate's
 * holds are guarded by its lock.
 */
package dev.cumulo.debug.event;
