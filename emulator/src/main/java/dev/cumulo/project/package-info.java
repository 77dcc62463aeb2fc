/**
 * The project model: what an AWS SAM template declares (functions, buckets, queues and the events that wire them),
 * with intrinsic functions resolved as CloudFormation would resolve them for a local stack.
 *
 * <p>{@link dev.cumulo.project.TemplateReader} is the only entry point; it is pure (reads a file, returns records) and
 * thread-safe. A template that cannot be read fails with a {@link dev.cumulo.project.TemplateException} naming the file,
 * the resource and the line; problems local to one function (missing code, missing runtime) are left for the function
 * service, which shows that function as unavailable.
 */
package dev.cumulo.project;
