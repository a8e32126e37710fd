/**
 * What this service knows of the course catalogue: every published course version, copied
 * from {@code CoursePublished} events. It is a read model owned by the course service;
 * nothing here changes a course, and a version, once known, never changes.
 */
package academy.agora.progress.courses;
