-- Filtered observation queries select one dataset and a few areas; this index answers them without a scan.
create index observation_by_dataset_area on observation (dataset_id, area_code, period);
