/**
 * Records of S3's data (buckets, objects, uploads, parts, events, notification configurations), the request and
 * response documents with their AWS element names, the hardened XML reader and writer they use, and
 * {@link dev.cumulo.storage.model.S3Error}, the service's error codes. Immutable; safe on any thread.
 */
package dev.cumulo.storage.model;
