package academy.agora.web.coordination;

import java.util.List;

/**
 * A chart as the dashboard shows it: the drawing, a sentence saying what it shows, the
 * same numbers as a table for anyone who cannot see the drawing or wants the figures, and
 * where to download them.
 *
 * @param id what the page's element ids start with
 * @param chart a {@link BarChart} or a {@link ColumnChart}
 * @param summary what the chart shows, in a sentence or two
 * @param headers the table's column headers, the first for the row names
 * @param rows the table's rows: a name, then one number per column, as written in the
 * reader's language
 * @param csvUrl where the same report downloads as CSV
 */
public record ChartPanel(String id, Object chart, String summary, List<String> headers, List<List<String>> rows,
		String csvUrl) {

	public boolean empty() {
		return this.rows.isEmpty();
	}

}
