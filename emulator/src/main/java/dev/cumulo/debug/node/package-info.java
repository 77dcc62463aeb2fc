/**
 * Node.js code debugging over the inspector's Chrome DevTools Protocol ({@code --inspect-brk=127.0.0.1:PORT},
 * java.net.http's WebSocket), with source maps for TypeScript. Each session's events arrive on its WebSocket thread,
 * which never waits for a reply.
 */
package dev.cumulo.debug.node;
