package academy.agora.support.bulk;

/**
 * A bulk job was asked for more items than one job takes (see
 * {@link BulkJobsProperties#maxItems()}). Nothing was stored.
 */
public class TooManyItemsException extends RuntimeException {

	private final int items;

	private final int maxItems;

	public TooManyItemsException(int items, int maxItems) {
		super("A bulk job takes at most " + maxItems + " items, not " + items + "; split the work.");
		this.items = items;
		this.maxItems = maxItems;
	}

	public int items() {
		return this.items;
	}

	public int maxItems() {
		return this.maxItems;
	}

}
