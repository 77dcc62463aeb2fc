/**
 * The edge port: one listener (default 4566, like LocalStack) that serves every AWS API Cumulo emulates and the
 * {@code /_cumulo} control API. {@link dev.cumulo.edge.EdgeRouter} picks the service from what real clients send: the
 * SigV4 credential scope (header or presigned query), {@code X-Amz-Target}, and the path; S3 takes whatever is left,
 * as S3 clients send the least distinctive requests.
 */
package dev.cumulo.edge;
