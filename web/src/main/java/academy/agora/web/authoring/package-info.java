/**
 * The author's screens: their courses, an editor with one page per part (course details,
 * a module, a lesson, a quiz) that shows the default language and a translation side by
 * side, Markdown preview, preview as a learner, publication with its errors at the fields
 * they concern, version history, discarding a draft and retiring a course. Every page
 * sends the whole draft back to course-service with the revision it was opened at, so
 * that nobody's save is silently overwritten.
 */
package academy.agora.web.authoring;
