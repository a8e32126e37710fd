package academy.agora.certificate.issuing.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Who is asking, as their token describes them.
 *
 * @param id their subject
 * @param roles their roles
 * @param municipality the municipality they work for, if the token says
 */
public record Viewer(String id, Set<String> roles, String municipality) {

	public Viewer(String id, Collection<String> roles, String municipality) {
		this(id, (roles != null) ? Set.copyOf(roles) : Set.of(), municipality);
	}

	public boolean isAdmin() {
		return this.roles.contains("admin");
	}

	public boolean isCoordinator() {
		return this.roles.contains("coordinator");
	}

}
