/**
 * Authors write courses as drafts and publish them. Each publication is an immutable,
 * numbered version announced with {@code CoursePublished}; learners who enrol follow the
 * version they enrolled in.
 */
package academy.agora.course.authoring;
