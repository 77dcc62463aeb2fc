/** XML text as the S3 and SQS query APIs write it; stateless, any thread. */
package dev.cumulo.xml;
