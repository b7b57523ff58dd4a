"""
Creates and fills the `world` table the three apps read: ROWS rows whose `randomnumber` follows
from the id (see `random_number`), so the kit can check every answer without asking the database.

    python seed.py postgresql "host=127.0.0.1 port=5432 dbname=bench user=bench"
    python seed.py sqlite /tmp/bench.sqlite3

Run with any of the kit's virtualenvs (each has psycopg).
"""
import sqlite3
import sys

ROWS = 10_000


def random_number(row_id):
    """Spread over 1..ROWS without a generator, so the kit knows every row; keep in step with
    scripts/bench-frameworks/checks.mjs."""
    return (row_id * 7919) % ROWS + 1


def seed(connection, placeholder):
    cursor = connection.cursor()
    cursor.execute("DROP TABLE IF EXISTS world")
    cursor.execute("CREATE TABLE world (id integer PRIMARY KEY, randomnumber integer NOT NULL)")
    cursor.executemany(
        f"INSERT INTO world (id, randomnumber) VALUES ({placeholder}, {placeholder})",
        [(row_id, random_number(row_id)) for row_id in range(1, ROWS + 1)],
    )
    connection.commit()


def main(engine, target):
    if engine == "sqlite":
        connection = sqlite3.connect(target)
        seed(connection, "?")
        connection.execute("ANALYZE")
        connection.close()
    elif engine == "postgresql":
        import psycopg

        with psycopg.connect(target) as connection:
            seed(connection, "%s")
            connection.execute("ANALYZE world")
    else:
        raise SystemExit(f"unknown database engine {engine!r}: use postgresql or sqlite")
    print(f"seeded {ROWS} rows into world ({engine})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
