/**
 * Authors write courses as drafts, in as many languages as they like, and publish them.
 * Each publication is an immutable, numbered version kept inside the course and announced
 * with {@code CoursePublished}, which carries the whole structure with answer keys;
 * learners who enrol follow the version they enrolled in. Retiring a course takes it out
 * of the catalogue ({@code CourseRetired}) but keeps its versions readable. Owners name
 * co-authors; admins may edit every course; to anyone else a course does not exist.
 */
package academy.agora.course.authoring;
