/**
 * Cohorts: a coordinator (or an admin) runs a published course for a group of learners
 * between two dates. Learners join with a short, human-typable code, which enrols them in
 * the course's latest published version, or attaches the enrolment they have already. A
 * cohort member and a self-paced learner share the same enrolment; the cohort only names
 * the group, and brings its members into the scope of the coordinator who runs it. A
 * coordinator running a blended cohort records that members completed the course by
 * attending its live sessions, one at a time or all at once in a bulk job; planning a
 * cohort announces who runs it.
 */
package academy.agora.progress.cohorts;
