package uk.mobilityexplorer.ingest;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one description of every seed table: its file, its database table, and each column's CSV name, SQL name and
 * type. The writer takes its headers from here and the loader its INSERT statements, so the two cannot disagree;
 * {@code SeedTableTest} checks the description against the schema the migrations create.
 */
public enum SeedTable {
    EDITION(
            "editions.csv",
            "edition",
            1,
            text("id"),
            text("title"),
            text("status"),
            date("published_on"),
            text("ranking_method"),
            text("ranking_area_type"),
            integer("ranking_area_count"),
            integer("ranking_group_count"),
            text("ranking_description")),
    MEASURE(
            "measures.csv",
            "measure",
            1,
            text("id"),
            text("domain"),
            text("topic"),
            text("title"),
            text("polarity"),
            text("description")),
    DATASET(
            "datasets.csv",
            "dataset",
            1,
            text("id"),
            text("edition", "edition_id"),
            text("measure", "measure_id"),
            text("page_version"),
            text("status"),
            text("superseded_by"),
            date("published_on"),
            text("correction_reason"),
            text("smc_code"),
            text("code_in_file"),
            text("title_in_file"),
            text("source_file"),
            text("source_sha256"),
            integer("rows_read"),
            integer("rows_excluded"),
            integer("observations", "observation_count"),
            decimal("value_sum"),
            text("population"),
            text("outcome")),
    AREA(
            "areas.csv",
            "area",
            1,
            text("code"),
            text("name"),
            text("type"),
            text("parent_code"),
            text("vintages"),
            text("slug"),
            text("component_codes")),
    DIMENSION("dimensions.csv", "dimension", 1, text("code"), text("label"), text("kind"), text("description")),
    CATEGORY(
            "categories.csv",
            "category",
            2,
            text("dimension", "dimension_code"),
            text("code"),
            text("label"),
            integer("sort_order")),
    UNIT("units.csv", "unit", 1, text("code"), text("label"), integer("decimals")),
    AREA_NAME(AreaDirectory.NAMES_FILE, "area_name", 2, text("lookup"), text("name_key"), text("code")),
    COUNCIL(
            "councils.csv",
            "council",
            1,
            text("code"),
            text("name"),
            text("status"),
            text("replaced_by"),
            text("smc_link"),
            text("smc_2024"),
            text("smc_2025"),
            text("itl2"),
            decimal("itl2_share"),
            text("itl2_2025"),
            decimal("itl2_2025_share"),
            text("nation")),
    OBSERVATION(
            "observations.csv",
            "observation",
            1,
            generatedId(),
            text("dataset", "dataset_id"),
            new Column(null, "edition_id", SqlType.TEXT, Origin.DATASET_EDITION),
            new Column(null, "measure_id", SqlType.TEXT, Origin.DATASET_MEASURE),
            integer("line", "source_line"),
            text("area_code"),
            text("area_published"),
            text("area_basis"),
            text("period"),
            integer("period_start"),
            integer("period_end"),
            text("period_kind"),
            text("period_window"),
            text("dim1"),
            text("cat1"),
            text("dim2"),
            text("cat2"),
            text("dim3"),
            text("cat3"),
            text("dim4"),
            text("cat4"),
            text("band_scheme"),
            integer("band_rank"),
            text("band_label"),
            decimal("value", "obs_value"),
            decimal("lci"),
            decimal("uci"),
            decimal("sample_size"),
            decimal("se"),
            text("status"),
            text("unit", "unit_code"),
            text("unit_published"),
            text("value_note"),
            text("chart_type"),
            text("extras")),
    CAVEAT("caveats.csv", "caveat", 1, text("code"), text("kind"), text("text", "caveat_text")),
    PRESENTATION_PAGE(
            "presentation-pages.csv",
            "presentation_page",
            1,
            generatedId(),
            text("measure", "measure_id"),
            text("edition", "edition_id"),
            text("page_version"),
            date("published", "published_on"),
            text("change", "change_kind"),
            text("change_note"),
            text("data_source"),
            text("source", "source_location")),
    PRESENTATION_SECTION(
            "presentation-sections.csv",
            "presentation_section",
            1,
            generatedId(),
            text("measure", "measure_id"),
            text("edition", "edition_id"),
            text("page_version"),
            text("key", "section_key"),
            text("heading"),
            integer("position", "position_on_page"),
            text("chart_title"),
            text("visual"),
            integer("decimals"),
            text("unit_symbol"),
            bool("reverse_polarity"),
            text("banding"),
            decimal("axis_min"),
            decimal("axis_max"),
            text("time_period"),
            text("chart_type"),
            text("source", "source_location")),
    PRESENTATION_CAVEAT(
            "presentation-caveats.csv",
            "presentation_caveat",
            1,
            generatedId(),
            text("measure", "measure_id"),
            text("edition", "edition_id"),
            text("section", "section_key"),
            text("code", "caveat_code"),
            integer("position", "position_on_page"));

    /** How a column's text is bound as a parameter; {@code jdbcTypes} are the types the schema may declare for it. */
    public enum SqlType {
        TEXT(Types.VARCHAR, Set.of(Types.VARCHAR)),
        INTEGER(Types.INTEGER, Set.of(Types.INTEGER, Types.BIGINT)),
        DECIMAL(Types.DECIMAL, Set.of(Types.DECIMAL, Types.NUMERIC)),
        DATE(Types.DATE, Set.of(Types.DATE)),
        // PostgreSQL's driver reports boolean columns as BIT.
        BOOLEAN(Types.BOOLEAN, Set.of(Types.BOOLEAN, Types.BIT));

        private final int nullType;
        private final Set<Integer> jdbcTypes;

        SqlType(int nullType, Set<Integer> jdbcTypes) {
            this.nullType = nullType;
            this.jdbcTypes = jdbcTypes;
        }

        public Set<Integer> jdbcTypes() {
            return jdbcTypes;
        }

        /** Binds the text (empty means null); throws a runtime exception when the text is not of this type. */
        void bind(PreparedStatement s, int index, String text) throws SQLException {
            if (text.isEmpty()) {
                s.setNull(index, nullType);
                return;
            }
            switch (this) {
                case INTEGER -> s.setLong(index, Long.parseLong(text));
                case DECIMAL -> s.setBigDecimal(index, new BigDecimal(text));
                case DATE -> s.setObject(index, LocalDate.parse(text));
                case BOOLEAN ->
                    s.setBoolean(
                            index,
                            switch (text) {
                                case "true" -> true;
                                case "false" -> false;
                                default -> throw new IllegalArgumentException(text);
                            });
                default -> s.setString(index, text);
            }
        }
    }

    /** Where a column's value comes from: the CSV file, a counter, or the dataset the row belongs to. */
    public enum Origin {
        CSV,
        GENERATED_ID,
        DATASET_EDITION,
        DATASET_MEASURE
    }

    /** One column; {@code csv} is null for columns the file does not carry. */
    public record Column(String csv, String sql, SqlType type, Origin origin) {}

    private final String file;
    private final String table;
    private final int keyColumns;
    private final List<Column> columns;
    private final List<String> header;
    private final String insert;
    private final String selectKeys;

    SeedTable(String file, String table, int keyColumns, Column... columns) {
        this.file = file;
        this.table = table;
        this.keyColumns = keyColumns;
        this.columns = List.of(columns);
        this.header = this.columns.stream()
                .filter(c -> c.origin() == Origin.CSV)
                .map(Column::csv)
                .toList();
        String names = this.columns.stream().map(Column::sql).collect(Collectors.joining(", "));
        String marks = this.columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        this.insert = "insert into " + table + " (" + names + ") values (" + marks + ")";
        this.selectKeys = "select "
                + this.columns.stream().limit(keyColumns).map(Column::sql).collect(Collectors.joining(", ")) + " from "
                + table;
    }

    public String file() {
        return file;
    }

    public String table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The CSV header, in the order the writer prints and the loader expects. */
    public List<String> header() {
        return header;
    }

    /** How many leading columns make up the natural key. */
    public int keyColumns() {
        return keyColumns;
    }

    String insertStatement() {
        return insert;
    }

    String selectKeysStatement() {
        return selectKeys;
    }

    private static Column generatedId() {
        return new Column(null, "id", SqlType.INTEGER, Origin.GENERATED_ID);
    }

    private static Column text(String name) {
        return text(name, name);
    }

    private static Column text(String csv, String sql) {
        return new Column(csv, sql, SqlType.TEXT, Origin.CSV);
    }

    private static Column integer(String name) {
        return integer(name, name);
    }

    private static Column integer(String csv, String sql) {
        return new Column(csv, sql, SqlType.INTEGER, Origin.CSV);
    }

    private static Column decimal(String name) {
        return decimal(name, name);
    }

    private static Column decimal(String csv, String sql) {
        return new Column(csv, sql, SqlType.DECIMAL, Origin.CSV);
    }

    private static Column date(String name) {
        return date(name, name);
    }

    private static Column date(String csv, String sql) {
        return new Column(csv, sql, SqlType.DATE, Origin.CSV);
    }

    private static Column bool(String name) {
        return new Column(name, name, SqlType.BOOLEAN, Origin.CSV);
    }
}
