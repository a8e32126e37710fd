package academy.agora.web.coordination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import academy.agora.web.relay.CoordinationApi;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * CSV downloads of the reports and of a cohort's members, as the services write them
 * (UTF-8 with a byte-order mark so that spreadsheets read Cyrillic, formulas defused),
 * relayed with their file names.
 */
@Controller
class ReportDownloadController {

	/** Each report and the parameters it takes; anything else is not passed on. */
	private static final Map<String, List<String>> REPORTS = Map.of("enrolments", List.of("groupBy", "activeDays"),
			"funnel", List.of("courseId", "version"), "completions", List.of("courseId", "from", "to", "interval"));

	static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final CoordinationApi coordination;

	ReportDownloadController(CoordinationApi coordination) {
		this.coordination = coordination;
	}

	@GetMapping("/coordination/reports/{report}.csv")
	Mono<ResponseEntity<byte[]>> report(@PathVariable String report,
			@RequestParam MultiValueMap<String, String> query) {
		List<String> allowed = REPORTS.get(report);
		if (allowed == null) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		allowed.stream()
			.filter((name) -> query.getFirst(name) != null && !query.getFirst(name).isBlank())
			.forEach((name) -> parameters.put(name, query.getFirst(name).strip()));
		return this.coordination.reportCsv(report, parameters).map((csv) -> download(csv, report + ".csv"));
	}

	@GetMapping("/coordination/cohorts/{id}/members.csv")
	Mono<ResponseEntity<byte[]>> members(@PathVariable String id) {
		if (!Coordination.isId(id)) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return this.coordination.membersCsv(id).map((csv) -> download(csv, "cohort-members.csv"));
	}

	/**
	 * The file with the service's name for it, never cached: it holds learners' names.
	 */
	static ResponseEntity<byte[]> download(ResponseEntity<byte[]> csv, String fallbackName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(TEXT_CSV);
		String disposition = csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		headers.set(HttpHeaders.CONTENT_DISPOSITION, (disposition != null && disposition.startsWith("attachment"))
				? disposition : "attachment; filename=\"" + fallbackName + "\"");
		headers.setCacheControl(CacheControl.noStore());
		return ResponseEntity.ok().headers(headers).body((csv.getBody() != null) ? csv.getBody() : new byte[0]);
	}

}
