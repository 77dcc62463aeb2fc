/**
 * The storage browser: buckets, folders by prefix, objects a page at a time, metadata and preview, upload, download
 * and delete, through the storage service's in-process API on a background thread.
 */
package dev.cumulo.ui.storage;
