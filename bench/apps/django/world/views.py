import json

import httpx
from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from .forms import SignupForm
from .models import World


@require_GET
def json_view(request):
    return JsonResponse({"message": "Hello, World!"})


@require_GET
def db_view(request, world_id):
    world = get_object_or_404(World, pk=world_id)
    return JsonResponse({"id": world.id, "randomNumber": world.randomnumber})


# A JSON API called by other programs, not a form in a signed-in browser: no CSRF token to check.
@csrf_exempt
@require_POST
def validate_view(request):
    try:
        data = json.loads(request.body)
    except ValueError:
        return JsonResponse({"errors": {"body": ["Not valid JSON."]}}, status=400)
    form = SignupForm(data if isinstance(data, dict) else {})
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    return JsonResponse(form.cleaned_data)


# One client per worker process, reusing its connections; the async view runs under uvicorn
# (ASGI), where every request of a worker shares one event loop.
upstream_client = httpx.AsyncClient(timeout=10)


async def upstream_view(request):
    response = await upstream_client.get(settings.UPSTREAM_URL)
    response.raise_for_status()
    return JsonResponse({"upstream": response.json()})
