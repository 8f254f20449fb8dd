import django.dispatch

org_sync_signal = django.dispatch.Signal()
