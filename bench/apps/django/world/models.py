from django.db import models


class World(models.Model):
    """A row of the `world` table the kit creates and fills (bench/seed.py)."""

    id = models.IntegerField(primary_key=True)
    randomnumber = models.IntegerField()

    class Meta:
        db_table = "world"
        # The kit owns the table, shared by the three apps: no migrations.
        managed = False
