// The users list: the header checkbox checks or clears every row of the page shown.
document.addEventListener('DOMContentLoaded', function () {
    var all = document.getElementById('selectAll');
    if (!all) {
        return;
    }
    all.addEventListener('change', function () {
        document.querySelectorAll('input.select').forEach(function (box) { box.checked = all.checked; });
    });
});
