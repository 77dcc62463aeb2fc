/**
 * S3's semantics over the store: ETags, additional checksums and their verification, conditional requests and
 * writes, byte ranges, multipart uploads with their part rules, listings with delimiters and paging, bucket rules, and
 * object events. Called from request threads; all persistent state goes through the store. The one copy held in
 * memory is each bucket's notification configuration, read for every object event on the thread that committed it;
 * {@code BucketService} updates it under one lock together with the store.
 */
package dev.cumulo.storage.service;
