package academy.agora.testsupport.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

/**
 * A write endpoint to fuzz and what the fuzzer needs to know about it.
 */
public final class WriteEndpoint {

	final HttpMethod method;

	final String path;

	final Map<String, String> ids = new LinkedHashMap<>();

	final Map<String, String> headers = new LinkedHashMap<>();

	final List<String> fuzzedHeaders = new java.util.ArrayList<>();

	Map<String, ?> body;

	WebTestClientConfigurer user;

	Supplier<?> state;

	boolean bogusIdsOnly;

	boolean unchangedEvenIfAccepted;

	int cases = -1;

	private WriteEndpoint(HttpMethod method, String path) {
		this.method = method;
		this.path = path;
	}

	public static WriteEndpoint post(String path) {
		return new WriteEndpoint(HttpMethod.POST, path);
	}

	public static WriteEndpoint put(String path) {
		return new WriteEndpoint(HttpMethod.PUT, path);
	}

	public static WriteEndpoint delete(String path) {
		return new WriteEndpoint(HttpMethod.DELETE, path);
	}

	/**
	 * A real value of a path variable; cases use it or a bogus one.
	 * @param name the variable, as in {@code {id}}
	 * @param value a real value, unencoded
	 * @return this
	 */
	public WriteEndpoint id(String name, String value) {
		this.ids.put(name, value);
		return this;
	}

	/**
	 * The body a valid request sends, which the cases break.
	 * @param body maps, lists, strings, numbers, booleans and {@code null}s
	 * @return this
	 */
	public WriteEndpoint body(Map<String, ?> body) {
		this.body = body;
		return this;
	}

	/**
	 * A header every case sends, such as a valid {@code If-Match}.
	 * @param name the header
	 * @param value its value
	 * @return this
	 */
	public WriteEndpoint header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/**
	 * A header the endpoint reads that some cases fill with garbage.
	 * @param name the header
	 * @return this
	 */
	public WriteEndpoint fuzzHeader(String name) {
		this.fuzzedHeaders.add(name);
		return this;
	}

	/**
	 * Who calls.
	 * @param user a mock JWT, for example
	 * @return this
	 */
	public WriteEndpoint as(WebTestClientConfigurer user) {
		this.user = user;
		return this;
	}

	/**
	 * The stored state a refused request must leave as it was, instead of the fuzzer's
	 * default.
	 * @param state reads it; its results are compared with {@code equals}
	 * @return this
	 */
	public WriteEndpoint state(Supplier<?> state) {
		this.state = state;
		return this;
	}

	/**
	 * Every case names an id that does not exist: for an endpoint without a body, whose
	 * request with a real id is valid whatever else it carries.
	 * @return this
	 */
	public WriteEndpoint bogusIdsOnly() {
		this.bogusIdsOnly = true;
		return this;
	}

	/**
	 * The state must not change even when the endpoint accepts a case: for an endpoint
	 * that answers 2xx for ids it does not know.
	 * @return this
	 */
	public WriteEndpoint unchangedEvenIfAccepted() {
		this.unchangedEvenIfAccepted = true;
		return this;
	}

	/**
	 * How many cases to try instead of the fuzzer's number: for an endpoint whose every
	 * accepted request is expensive.
	 * @param cases the number
	 * @return this
	 */
	public WriteEndpoint cases(int cases) {
		this.cases = cases;
		return this;
	}

	@Override
	public String toString() {
		return this.method.name() + " " + this.path;
	}

}
