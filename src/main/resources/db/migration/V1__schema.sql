-- Schema for the normalised State of the Nation data; portable between H2 and PostgreSQL.
create table edition (
    id varchar(20) primary key,
    title varchar(200) not null,
    status varchar(20) not null,
    published_on date,
    ranking_method varchar(60),
    ranking_area_type varchar(30),
    ranking_area_count integer,
    ranking_group_count integer,
    ranking_description varchar(1000)
);

create table measure (
    id varchar(120) primary key,
    domain varchar(40) not null,
    topic varchar(200) not null,
    title varchar(200) not null,
    polarity varchar(20) not null,
    description varchar(2000) not null
);

create table dataset (
    id varchar(200) primary key,
    edition_id varchar(20) not null references edition (id),
    measure_id varchar(120) not null references measure (id),
    page_version varchar(10) not null,
    status varchar(20) not null,
    superseded_by varchar(200),
    published_on date,
    correction_reason varchar(1000),
    smc_code varchar(60) not null,
    code_in_file varchar(120),
    title_in_file varchar(300),
    source_file varchar(300) not null,
    source_sha256 varchar(64) not null,
    rows_read integer not null,
    rows_excluded integer not null,
    observation_count integer not null,
    value_sum decimal(38, 20) not null,
    population varchar(300),
    outcome varchar(300)
);

create table area (
    code varchar(80) primary key,
    name varchar(200) not null,
    type varchar(30) not null,
    parent_code varchar(80),
    vintages varchar(100),
    slug varchar(100),
    component_codes varchar(1000)
);

create table dimension (
    code varchar(40) primary key,
    label varchar(200) not null,
    kind varchar(20) not null,
    description varchar(1000)
);

create table category (
    dimension_code varchar(40) not null references dimension (code),
    code varchar(120) not null,
    label varchar(300) not null,
    sort_order integer not null,
    primary key (dimension_code, code)
);

create table unit (
    code varchar(40) primary key,
    label varchar(200) not null,
    decimals integer not null
);

create table observation (
    id bigint primary key,
    dataset_id varchar(200) not null references dataset (id),
    edition_id varchar(20) not null,
    measure_id varchar(120) not null,
    source_line integer not null,
    area_code varchar(80) references area (code),
    area_published varchar(200) not null,
    area_basis varchar(20) not null,
    period varchar(40) not null,
    period_start integer,
    period_end integer,
    period_kind varchar(40) not null,
    period_window varchar(40),
    dim1 varchar(40), cat1 varchar(120),
    dim2 varchar(40), cat2 varchar(120),
    dim3 varchar(40), cat3 varchar(120),
    dim4 varchar(40), cat4 varchar(120),
    band_scheme varchar(20),
    band_rank integer,
    band_label varchar(60),
    obs_value decimal(38, 20),
    lci decimal(38, 20),
    uci decimal(38, 20),
    sample_size decimal(38, 20),
    se decimal(38, 20),
    status varchar(20) not null,
    unit_code varchar(40) not null references unit (code),
    unit_published varchar(200),
    value_note varchar(500),
    chart_type varchar(60),
    extras varchar(1000)
);

create index observation_by_measure on observation (measure_id, edition_id, dataset_id);
create index observation_by_area on observation (area_code, edition_id);
