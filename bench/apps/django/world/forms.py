from django import forms


class SignupForm(forms.Form):
    """The body the validation test posts, validated the way Django validates input: a form."""

    name = forms.CharField(min_length=1, max_length=100)
    email = forms.EmailField()
    age = forms.IntegerField(min_value=0, max_value=150)
