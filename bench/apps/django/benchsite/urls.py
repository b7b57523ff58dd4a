from django.urls import path

from world import views

urlpatterns = [
    path("json", views.json_view),
    path("db/<int:world_id>", views.db_view),
    path("validate", views.validate_view),
    path("upstream", views.upstream_view),
]
