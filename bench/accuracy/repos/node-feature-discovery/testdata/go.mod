// This empty go.mod file ensures that the testdata folder is not included
// in the top-level module. This prevents issues such as unsupported characters
// in path names.
