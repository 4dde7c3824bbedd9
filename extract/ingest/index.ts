// Ingest: list, read, decode, normalise and segment report files. (Implementation in progress.)
export {};
