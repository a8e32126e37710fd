// Progressive enhancement only: every page works without this file.
// Copy and share buttons for verification links (hidden until this script shows them),
// and focus on a quiz result so that screen readers announce it.
(function () {
	'use strict';

	function announce(button, text) {
		var status = button.closest('.share') && button.closest('.share').querySelector('.copy-status');
		if (status) {
			status.textContent = text;
		}
	}

	document.querySelectorAll('[data-copy]').forEach(function (button) {
		if (!navigator.clipboard) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			var field = document.getElementById(button.getAttribute('data-copy-target'));
			navigator.clipboard.writeText(field.value).then(function () {
				announce(button, button.getAttribute('data-copied'));
			}, function () {
				field.select();
			});
		});
	});

	document.querySelectorAll('[data-share]').forEach(function (button) {
		if (!navigator.share) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			navigator.share({
				title: button.getAttribute('data-share-title'),
				url: button.getAttribute('data-share-url')
			}).catch(function () { /* the person closed the share sheet */ });
		});
	});

	// A bulk job's page: follow its progress without reloading; reload once it ends so
	// that the page shows the outcome. Without this, the page has a link to reload.
	var job = document.querySelector('[data-job-progress]');
	if (job && job.getAttribute('data-running') === 'true' && window.fetch) {
		var bar = job.querySelector('progress');
		var text = job.querySelector('[data-job-text]');
		var percent = job.querySelector('[data-job-percent]');
		var follow = function () {
			fetch(job.getAttribute('data-job-progress'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
				.then(function (response) {
					return response.ok ? response.json() : Promise.reject(response.status);
				})
				.then(function (progress) {
					if (!progress.running) {
						window.location.reload();
						return;
					}
					bar.max = Math.max(progress.total, 1);
					bar.value = progress.processed;
					if (text.textContent !== progress.text) {
						text.textContent = progress.text;
					}
					if (percent) {
						percent.textContent = progress.percent;
					}
					window.setTimeout(follow, 1500);
				}, function () {
					window.setTimeout(follow, 5000);
				});
		};
		window.setTimeout(follow, 1000);
	}

	var result = document.getElementById('result');
	if (result && window.location.hash === '#result') {
		result.focus();
	}
})();

// --- authoring --- Moves focus to an error summary, as GOV.UK forms do, so that it is
// read out and its links are the next thing the keyboard reaches.
(function () {
	'use strict';
	var summary = document.querySelector('.error-summary');
	if (summary) {
		summary.focus();
	}
})();
