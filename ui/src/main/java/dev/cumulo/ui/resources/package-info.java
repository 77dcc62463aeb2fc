/**
 * The resources page: functions with their live instance counts, HTTP routes, buckets, queues with live counts,
 * schedules, and the endpoints to point clients at; functions can be invoked from here.
 */
package dev.cumulo.ui.resources;
