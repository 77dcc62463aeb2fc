/**
 * S3's semantics over the store: ETags, additional checksums and their verification, conditional requests and
 * writes, byte ranges, multipart uploads with their part rules, listings with delimiters and paging, bucket rules, and
 * object events. Called from request threads; all persistent state goes through the store.
 */
package dev.cumulo.storage.service;
