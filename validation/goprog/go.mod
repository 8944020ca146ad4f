module example.com/pgval

go 1.21
