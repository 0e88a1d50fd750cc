"""The lab's two tables. The harness creates and fills them, so Django never migrates them."""

from django.db import models


class World(models.Model):
    id = models.IntegerField(primary_key=True)
    randomnumber = models.IntegerField()

    class Meta:
        # No app of INSTALLED_APPS holds this module, so it names the label it belongs to.
        app_label = 'lab'
        db_table = 'world'
        managed = False


class Fortune(models.Model):
    id = models.IntegerField(primary_key=True)
    message = models.CharField(max_length=2048)

    class Meta:
        app_label = 'lab'
        db_table = 'fortune'
        managed = False
