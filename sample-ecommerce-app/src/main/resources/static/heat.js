// The partition heat map: GET /actuator/ddb, whose partitionHeat (embedded engine only) holds
// per table the table and each GSI, each with its partitions' consumed units and throttles.
// One cell per partition; its shade is its share of the resource's hottest partition.
'use strict';

(() => {
	const $ = (id) => document.getElementById(id);
	const units = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

	function element(tag, className, text) {
		const node = document.createElement(tag);
		if (className) {
			node.className = className;
		}
		if (text !== undefined) {
			node.textContent = String(text);
		}
		return node;
	}

	function load(partition) {
		return partition.consumedWriteCapacityUnits + partition.consumedReadCapacityUnits / 3;
	}

	function resourceRow(tableName, kind, resource) {
		const row = element('div', 'heat-resource');
		row.dataset.table = tableName;
		row.dataset.resource = resource.name;
		const throttles = resource.writeThrottleEvents + resource.readThrottleEvents;
		const reasons = Object.entries(resource.throttlesByReason || {})
			.map(([reason, count]) => reason + ' ' + count).join(', ');
		row.appendChild(element('div', 'heat-label', kind + ' ' + resource.name + ' (' + resource.mode + '): '
			+ units.format(resource.consumedWriteCapacityUnits) + ' WCU, '
			+ units.format(resource.consumedReadCapacityUnits) + ' RCU, ' + throttles + ' throttled'
			+ (reasons ? ' (' + reasons + ')' : '')));
		const cells = element('div', 'heat-cells');
		const hottest = Math.max(1, ...resource.partitions.map(load));
		for (const partition of resource.partitions) {
			const throttled = partition.writeThrottleEvents + partition.readThrottleEvents;
			const cell = element('div', 'partition' + (throttled > 0 ? ' throttled' : ''),
				units.format(partition.consumedWriteCapacityUnits) + ' W / '
				+ units.format(partition.consumedReadCapacityUnits) + ' R' + (throttled > 0 ? ' / ' + throttled + ' T' : ''));
			cell.dataset.partition = partition.index;
			cell.dataset.throttles = throttled;
			cell.style.setProperty('--heat', (load(partition) / hottest).toFixed(3));
			cell.title = 'Partition ' + partition.index + ' (hash ' + partition.hashStart + '..' + partition.hashEnd
				+ ', ' + partition.storedBytes + ' bytes): ' + partition.consumedWriteCapacityUnits + ' WCU, '
				+ partition.consumedReadCapacityUnits + ' RCU, ' + partition.writeThrottleEvents
				+ ' writes and ' + partition.readThrottleEvents + ' reads throttled';
			cells.appendChild(cell);
		}
		row.appendChild(cells);
		if (resource.hottestKeys && resource.hottestKeys.length > 0) {
			row.appendChild(element('div', 'heat-keys', 'Hottest keys: ' + resource.hottestKeys.slice(0, 3)
				.map((key) => key.partitionKey + ' (' + units.format(key.capacityUnits) + ' units)').join(', ')));
		}
		return row;
	}

	async function refresh() {
		const map = $('heat-map');
		$('heat-message').textContent = '';
		try {
			const response = await fetch('/actuator/ddb', { headers: { Accept: 'application/json' } });
			if (!response.ok) {
				throw new Error('/actuator/ddb answered HTTP ' + response.status);
			}
			const body = await response.json();
			if (!body.partitionHeat) {
				map.replaceChildren();
				$('heat-message').textContent = 'Partition heat is shown on the embedded engine only.';
				return;
			}
			const rows = [];
			for (const [tableName, heat] of Object.entries(body.partitionHeat)) {
				rows.push(element('h3', null, 'Table ' + tableName));
				rows.push(resourceRow(tableName, 'table', heat.table));
				for (const index of Object.values(heat.globalSecondaryIndexes || {})) {
					rows.push(resourceRow(tableName, 'GSI', index));
				}
			}
			map.replaceChildren(...rows);
			map.dataset.loaded = 'true';
		}
		catch (error) {
			$('heat-message').textContent = error.message;
		}
	}

	$('refresh-heat').addEventListener('click', refresh);
	refresh();
})();
