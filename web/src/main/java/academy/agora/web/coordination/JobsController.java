package academy.agora.web.coordination;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import academy.agora.web.relay.CoordinationApi;
import academy.agora.web.relay.CoordinationApi.BulkJob;
import academy.agora.web.relay.CoordinationApi.JobService;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * A bulk job's progress: a page with a progress bar and its numbers as text. While the
 * job runs, a small script asks for its progress every second or two and updates the bar
 * (and, when it ends, loads the page again); without the script, a link loads the page
 * again. A page that refreshes itself would take the reader's place away from them.
 */
@Controller
class JobsController {

	private final CoordinationApi coordination;

	private final MessageSource messages;

	JobsController(CoordinationApi coordination, MessageSource messages) {
		this.coordination = coordination;
		this.messages = messages;
	}

	@GetMapping("/coordination/jobs/{service}/{id}")
	Mono<Rendering> job(@PathVariable String service, @PathVariable String id,
			@RequestParam(required = false) String cohort, Locale locale) {
		JobService where = service(service, id);
		return this.coordination.job(where, id)
			.map((job) -> Rendering.view("coordination/job")
				.modelAttribute("section", (where == JobService.PROGRESS) ? "cohorts" : "certificates")
				.modelAttribute("service", where.slug())
				.modelAttribute("job", job)
				.modelAttribute("progressText", progressText(job, locale))
				.modelAttribute("cohortId", Coordination.isId(cohort) ? cohort : null)
				.build());
	}

	/**
	 * The job's progress for the page's script.
	 */
	@GetMapping("/coordination/jobs/{service}/{id}/progress")
	@ResponseBody
	Mono<ResponseEntity<Map<String, Object>>> progress(@PathVariable String service, @PathVariable String id,
			Locale locale) {
		return this.coordination.job(service(service, id), id).map((job) -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("running", job.running());
			body.put("total", job.total());
			body.put("processed", job.processed());
			body.put("percent", java.text.NumberFormat.getPercentInstance(locale).format(job.percent() / 100.0));
			body.put("text", progressText(job, locale));
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
		});
	}

	private static JobService service(String service, String id) {
		if (!Coordination.isId(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return JobService.of(service).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	String progressText(BulkJob job, Locale locale) {
		java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(locale);
		return this.messages
			.getMessage("coordination.job.progress",
					new Object[] { numbers.format(job.processed()), numbers.format(job.total()),
							numbers.format(job.done()), numbers.format(job.skipped()), numbers.format(job.failed()) },
					locale);
	}

}
