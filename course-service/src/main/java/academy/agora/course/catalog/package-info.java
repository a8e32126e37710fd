/**
 * What signed-in readers see: the catalogue of the latest published version of every
 * course that is not retired, and the lessons and quizzes of any published version, in
 * the reader's language. Drafts and answer keys never show here.
 */
package academy.agora.course.catalog;
