-- Every UK council the ONS names, with the Commission's area holding it in 2024 and 2025 and its ITL2 region
-- (2021 and 2025 boundaries, with the share of the Commission's area inside that region) and nation. Each code
-- names a row of area (the council itself too, as an area of type la).
create table council (
    code            varchar(80) primary key,
    name            varchar(200) not null,
    status          varchar(20)  not null,
    replaced_by     varchar(200),
    smc_link        varchar(30)  not null,
    smc_2024        varchar(80),
    smc_2025        varchar(80),
    itl2            varchar(80),
    itl2_share      decimal(4, 2),
    itl2_2025       varchar(80),
    itl2_2025_share decimal(4, 2),
    nation          varchar(80)
);

-- The names the importer matches published area names against (lower case), other names included: area search
-- finds areas by them too.
create table area_name (
    lookup   varchar(20)  not null,
    name_key varchar(200) not null,
    code     varchar(80)  not null,
    primary key (lookup, name_key)
);
