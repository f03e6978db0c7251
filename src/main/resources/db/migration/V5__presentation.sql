-- How the Commission presented each measure, as facts read from its explorer page sources: the project's closed list
-- of caveat codes (with the project's own text), every page version, the sections of the version that applies to each
-- edition, and which caveats applied to each section (section_key null: under "About the data").
create table caveat (
    code        varchar(60)   primary key,
    kind        varchar(10)   not null,
    caveat_text varchar(1000) not null
);

create table presentation_page (
    id              bigint        primary key,
    measure_id      varchar(120)  not null references measure (id),
    edition_id      varchar(20)   not null references edition (id),
    page_version    varchar(10)   not null,
    published_on    date          not null,
    change_kind     varchar(20)   not null,
    change_note     varchar(1000),
    data_source     varchar(1000),
    source_location varchar(300)  not null,
    unique (measure_id, page_version)
);

create table presentation_section (
    id               bigint        primary key,
    measure_id       varchar(120)  not null references measure (id),
    edition_id       varchar(20)   not null references edition (id),
    page_version     varchar(10)   not null,
    section_key      varchar(120)  not null,
    heading          varchar(300)  not null,
    position_on_page integer       not null,
    chart_title      varchar(1000),
    visual           varchar(10)   not null,
    decimals         integer,
    unit_symbol      varchar(10),
    reverse_polarity boolean,
    banding          varchar(20),
    axis_min         decimal(20, 6),
    axis_max         decimal(20, 6),
    time_period      varchar(300),
    chart_type       varchar(60),
    source_location  varchar(300)  not null,
    unique (measure_id, edition_id, section_key)
);

create table presentation_caveat (
    id               bigint       primary key,
    measure_id       varchar(120) not null references measure (id),
    edition_id       varchar(20)  not null references edition (id),
    section_key      varchar(120),
    caveat_code      varchar(60)  not null references caveat (code),
    position_on_page integer      not null
);

create index presentation_caveat_lookup on presentation_caveat (measure_id, edition_id);
