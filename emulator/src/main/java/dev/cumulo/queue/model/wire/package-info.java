/**
 * The SQS API's requests and results as records whose members carry the exact AWS names, shared by both protocols:
 * the JSON protocol binds them directly, the query protocol after turning {@code Name.N.Member} parameters into the same
 * tree. Absent members are null here and omitted on the wire; nothing outside {@code dev.cumulo.queue.api} sees these.
 */
package dev.cumulo.queue.model.wire;
