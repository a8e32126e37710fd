/**
 * What this service knows of the course catalogue: every published course version with
 * its whole structure (modules, lessons, quizzes with their answer keys and feedback,
 * completion rules, titles in every language), copied from {@code CoursePublished}
 * events, and which courses are retired. It is a read model owned by the course service;
 * nothing here changes a course, a version, once known, never changes, and the course
 * service is never called.
 */
package academy.agora.progress.courses;
