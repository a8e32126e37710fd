package academy.agora.progress.erasure.web;

import academy.agora.progress.erasure.domain.Erasure;
import academy.agora.progress.erasure.domain.LearnerErasure;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure of a learner, for administrators only (see the security configuration). It
 * answers 200 with what was erased, also for a learner this service never saw: the other
 * services may hold data of them all the same, and repeating an erasure is harmless.
 */
@RestController
@RequestMapping("/api/learners")
class ErasureController {

	private final LearnerErasure erasure;

	ErasureController(LearnerErasure erasure) {
		this.erasure = erasure;
	}

	@DeleteMapping("/{learnerId}")
	Mono<Erasure> erase(@PathVariable String learnerId) {
		return this.erasure.erase(learnerId);
	}

}
