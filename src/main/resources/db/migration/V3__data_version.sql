-- Counts imports, so every replica can tell that another one changed the data and drop what it holds in memory.
create table data_version (
    id      integer primary key,
    version bigint  not null
);
insert into data_version (id, version) values (1, 0);
