/**
 * The S3 REST API: {@link dev.cumulo.storage.api.S3Handler} names each request, {@code S3Router} picks the operation
 * from method, resource and sub-resource, and one handler class per operation group parses headers and documents,
 * calls the service and renders S3's XML. No S3 semantics live here beyond wire formats ({@code aws-chunked} bodies,
 * addressing styles, header names). Handlers run on the edge server's worker threads.
 */
package dev.cumulo.storage.api;
