// "Select all": a checkbox with data-select-all="<name>" ticks or clears every checkbox of that name.
document.addEventListener('change', function (event) {
    var all = event.target.closest('[data-select-all]');
    if (!all) {
        return;
    }
    document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute('data-select-all') + '"]')
        .forEach(function (box) { box.checked = all.checked; });
});
